import { mountPage } from '../../components/mount';
import { Popup } from '../../components/Popup';
import { t } from '../../components/i18n';

mountPage(Popup, t('extName'));

import { mountPage } from '../../components/mount';
import { SidePanel } from '../../components/SidePanel';
import { t } from '../../components/i18n';

mountPage(SidePanel, t('extName'));

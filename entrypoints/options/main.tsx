import { mountPage } from '../../components/mount';
import { Options } from '../../components/Options';
import { t } from '../../components/i18n';

mountPage(Options, t('optionsTitle'));

/** Shared start-up for the extension's pages: language, stylesheet, live stores, render. */
import { render, type ComponentType } from 'preact';
import { followBackground, loadAll } from '../lib/store/live';
import { t, uiLanguage } from './i18n';
import './styles.css';

export function mountPage(View: ComponentType, title: string): void {
  document.documentElement.lang = uiLanguage().split('-')[0] || 'en';
  document.title = title || t('extName');
  loadAll();
  followBackground();
  render(<View />, document.getElementById('app')!);
}

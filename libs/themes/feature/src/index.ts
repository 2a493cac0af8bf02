export { ThemesPage } from './themes-page';
export { ThemeListPage } from './theme-list-page';

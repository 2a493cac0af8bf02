export { ThemesPage } from './themes-page';

export { SpreadsheetImportPage } from './import-page';

export { DataTable } from './data-table';
export { ChartFigure } from './chart-figure';
export { QueryState } from './query-state';
export { Tile } from './tile';
export { PageHeader } from './page-header';
export { COLOURS, SERIES, BRAG_COLOURS, RAG_COLOURS } from './palette';
export { exportCsv, exportXlsx, toCsv, cellValue, type Column } from './export';
export { formatCount, formatShare, formatNumber, formatDate, humanise } from './format';

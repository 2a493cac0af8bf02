import { Workbook } from 'exceljs';
import { aboutRows, addAboutSheet, addDataRow, addDataSheet, CSV_BOM, csvPreamble, csvRow, exportFileName, ukDateTime, xlsxValue, type ExportAbout, type ExportColumn } from './file-layout';

const columns: ExportColumn[] = [
  { key: 'ref', header: 'Ref', type: 'text' },
  { key: 'due', header: 'Due', type: 'date' },
  { key: 'days', header: 'Days overdue', type: 'number' },
  { key: 'share', header: 'On time', type: 'percent' },
];
const about: ExportAbout = {
  title: 'Overdue actions',
  partnerships: [{ name: 'Northshire Safeguarding Children Partnership', ref: 'NSCP' }],
  filters: [{ label: 'Agency', value: 'Northshire Police' }],
  asOf: '2026-12-06',
  // 10:15 GMT in December is 10:15 in England.
  madeAt: new Date('2026-12-06T10:15:00Z'),
  madeBy: 'Ann Analyst',
  rows: 2,
};

describe('export file layout', () => {
  it('names a file by what, whose and as of when', () => {
    expect(exportFileName('overdue-actions', about, 'xlsx')).toBe('overdue-actions_NSCP_as-of-2026-12-06.xlsx');
    expect(exportFileName('actions by agency', { ...about, asOf: null }, 'csv')).toBe('actions-by-agency_NSCP_made-2026-12-06.csv');
    const four = ['A', 'B', 'C', 'D'].map((ref) => ({ name: ref, ref }));
    expect(exportFileName('x', { ...about, partnerships: four }, 'csv')).toBe('x_all-partnerships_as-of-2026-12-06.csv');
  });

  it('gives the time in England, summer time included', () => {
    expect(ukDateTime(new Date('2026-07-01T09:30:00Z'))).toBe('01/07/2026 10:30 (UK time)');
  });

  it('starts a CSV with the byte-order mark, the about block, an empty line, then the headings', () => {
    const text = csvPreamble(columns, about) + csvRow(columns, ['A1', '2026-10-01', 66, 0.619]);
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(text.slice(1).split('\r\n')).toEqual([
      'About this file',
      'What,Overdue actions',
      'Partnership,Northshire Safeguarding Children Partnership (NSCP)',
      'As of,06/12/2026',
      'Agency,Northshire Police',
      'Rows,2',
      'Made,06/12/2026 10:15 (UK time)',
      'Made by,Ann Analyst',
      '',
      'Ref,Due,Days overdue,On time',
      'A1,2026-10-01,66,61.9%',
      '',
    ]);
  });

  it('writes real dates and numbers, a frozen bold header and an autofilter', async () => {
    const book = new Workbook();
    const sheet = addDataSheet(book, 'Overdue actions', columns);
    addDataRow(sheet, columns, ['A1', '2026-10-01', '66', 0.5]);
    addAboutSheet(book, about);
    const read = new Workbook();
    await read.xlsx.load(await book.xlsx.writeBuffer());
    const data = read.getWorksheet('Overdue actions');
    expect(data?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(data?.autoFilter).toBeTruthy();
    expect(data?.getRow(1).font?.bold).toBe(true);
    expect(data?.getCell('B2').value).toEqual(new Date(Date.UTC(2026, 9, 1)));
    expect(data?.getCell('B2').numFmt).toBe('dd/mm/yyyy');
    expect(data?.getCell('C2').value).toBe(66);
    expect(read.getWorksheet('About this file')?.getCell('B2').value).toBe('Northshire Safeguarding Children Partnership (NSCP)');
    expect(aboutRows(about)).toContainEqual(['Made by', 'Ann Analyst']);
    expect(xlsxValue({ key: 'due', header: 'Due', type: 'date' }, null)).toBeNull();
  });
});

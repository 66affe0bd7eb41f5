import type ExcelJS from 'exceljs';
import type PDFKit from 'pdfkit';

// exceljs and pdfkit are loaded at their first use, not when the API starts: together about 50 MB
// of resident memory that a process which never reads or writes a workbook or a PDF does not pay
// (the embedded county server's idle memory, bench:api).
let exceljs: typeof ExcelJS | undefined;
let pdfkit: typeof PDFKit | undefined;

export const excel = (): typeof ExcelJS => (exceljs ??= require('exceljs') as typeof ExcelJS);

export const pdfDocument = (): typeof PDFKit => (pdfkit ??= require('pdfkit') as typeof PDFKit);

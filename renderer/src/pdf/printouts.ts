// Everything a page needs to make, print or save one of the clinic's printouts. Pages load it only
// when someone asks for a printout (loadPrintouts), so react-pdf, pdf.js and the embedded fonts stay
// out of the bundle every screen starts with.
export { makePdf } from './bookPdfBlob';
export { buildAppointmentCard, buildContactList, cardFileName, contactListFileName } from './bookPdfs';
export { printPdf } from './printPdf';
export { makeRecallPdf } from './recallSheetPdf';
export { makeReceiptPdf, receiptFileName } from './receiptPdf';
export { downloadPdf } from './sheetBlob';
export { buildSignedDocument, signedFileName } from './buildSignedDocument';

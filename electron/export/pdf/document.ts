import PDFDocument from 'pdfkit';

/** A PDF document as every export writes it: pages added by hand, compressed, titled for the reader. */
export function newDocument(title: string, subject: string, date: Date): PDFKit.PDFDocument {
  return new PDFDocument({
    autoFirstPage: false,
    margin: 0,
    compress: true,
    pdfVersion: '1.7',
    displayTitle: true,
    info: { Title: title, Subject: subject, Creator: 'Cascade Planner', Producer: 'Cascade Planner', CreationDate: date },
  });
}

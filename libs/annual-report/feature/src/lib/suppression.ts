// The disclosure notes are the domain's, so that the page and the PDF the server typesets say the same.
export { EXACT_DISCLOSURE_NOTE as EXACT_NOTE, publishedDisclosureNote as suppressionNote } from '@sli/analytics-domain';

package se.vardval.exports;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A4 pages written top to bottom with PDFBox, in the standard Helvetica fonts: their WinAnsiEncoding has å, ä, ö and
 * the other Western European letters, so no font file is embedded; a character outside it is printed as '?'.
 * Every page is numbered "Sida n av m" when the document is finished.
 */
final class PdfPages implements AutoCloseable {

    private static final float MARGIN = 50;
    private static final float LINE = 14;
    private static final float[] COLUMNS = { 0, 230, 330, 430 };
    private static final float TABLE_WIDTH = 495;

    private final PDDocument document = new PDDocument();
    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream content;
    private float y;

    /** A large heading. */
    void title(String text) throws IOException {
        write(bold, 16, MARGIN, text);
        y -= 8;
    }

    /** A line of text. */
    void text(String text) throws IOException {
        write(regular, 10, MARGIN, text);
    }

    /** A line of bold text. */
    void bold(String text) throws IOException {
        write(bold, 10, MARGIN, text);
    }

    /** Some space before the next block. */
    void gap() {
        y -= LINE / 2;
    }

    /** A table row: a label and three right-aligned numbers. */
    void row(String label, String basis, String rate, String amount) throws IOException {
        write(regular, 9, MARGIN, label);
        y += LINE;
        String[] numbers = { basis, rate, amount };
        for (int i = 0; i < numbers.length; i++) {
            float right = MARGIN + (i + 1 < numbers.length ? COLUMNS[i + 2] - 10 : TABLE_WIDTH);
            String printable = printable(numbers[i]);
            content.beginText();
            content.setFont(regular, 9);
            content.newLineAtOffset(right - regular.getStringWidth(printable) / 1000 * 9, y);
            content.showText(printable);
            content.endText();
        }
        y -= LINE;
    }

    /** Numbers the pages and writes the document. */
    void finish(OutputStream out) throws IOException {
        closePage();
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            try (PDPageContentStream footer = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true)) {
                footer.beginText();
                footer.setFont(regular, 8);
                footer.newLineAtOffset(MARGIN, MARGIN / 2);
                footer.showText("Sida " + (i + 1) + " av " + pages);
                footer.endText();
            }
        }
        document.save(out);
    }

    @Override
    public void close() throws IOException {
        closePage();
        document.close();
    }

    private void write(PDFont font, float size, float x, String text) throws IOException {
        if (content == null || y < MARGIN + LINE) {
            newPage();
        }
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(printable(text));
        content.endText();
        y -= LINE;
    }

    private void newPage() throws IOException {
        closePage();
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = page.getMediaBox().getHeight() - MARGIN;
    }

    private void closePage() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    /** The text with every character the font cannot encode replaced by '?'. */
    private String printable(String text) throws IOException {
        StringBuilder result = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            try {
                regular.encode(String.valueOf(c));
                result.append(c);
            } catch (IllegalArgumentException e) {
                result.append('?');
            }
        }
        return result.toString();
    }
}

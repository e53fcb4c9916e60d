package se.vardval.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

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
    private static final float TEXT = 10;
    private static final float SMALL = 8;
    private static final float SMALL_LINE = 10;
    private static final float CELL_GAP = 5;

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

    /** A paragraph of text, broken into lines at the page's width. */
    void text(String text) throws IOException {
        for (String line : wrap(regular, TEXT, printable(text), TABLE_WIDTH)) {
            write(regular, TEXT, MARGIN, line);
        }
    }

    /** A line of bold text. */
    void bold(String text) throws IOException {
        write(bold, TEXT, MARGIN, text);
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

    /** A table's heading row: bold cells at the given offsets from the margin, in small type. */
    void headings(float[] offsets, String... cells) throws IOException {
        cells(bold, offsets, cells);
    }

    /**
     * A table row: cells at the given offsets from the margin, in small type, each wrapped to its column (the last
     * to the page's width); the row is kept on one page.
     */
    void cells(float[] offsets, String... cells) throws IOException {
        cells(regular, offsets, cells);
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

    private void cells(PDFont font, float[] offsets, String... cells) throws IOException {
        List<List<String>> wrapped = new ArrayList<>();
        int height = 1;
        for (int i = 0; i < cells.length; i++) {
            float right = i + 1 < offsets.length ? offsets[i + 1] - CELL_GAP : TABLE_WIDTH;
            wrapped.add(wrap(font, SMALL, printable(cells[i]), right - offsets[i]));
            height = Math.max(height, wrapped.get(i).size());
        }
        if (content == null || y - (height - 1) * SMALL_LINE < MARGIN + LINE) {
            newPage();
        }
        for (int line = 0; line < height; line++) {
            for (int i = 0; i < cells.length; i++) {
                if (line < wrapped.get(i).size()) {
                    show(font, MARGIN + offsets[i], y - line * SMALL_LINE, wrapped.get(i).get(line));
                }
            }
        }
        y -= (height - 1) * SMALL_LINE + LINE;
    }

    private void show(PDFont font, float x, float atY, String text) throws IOException {
        content.beginText();
        content.setFont(font, SMALL);
        content.newLineAtOffset(x, atY);
        content.showText(text);
        content.endText();
    }

    /** The text in lines no wider than {@code width} in type of {@code size}, broken at spaces (a long word too). */
    private static List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(font, size, candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            while (width(font, size, word) > width) {
                int fits = 1;
                while (width(font, size, word.substring(0, fits + 1)) <= width) {
                    fits++;
                }
                lines.add(word.substring(0, fits));
                word = word.substring(fits);
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
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

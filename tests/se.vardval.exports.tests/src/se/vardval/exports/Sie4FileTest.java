package se.vardval.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The SIE file checked post by post and field by field against SIE filformat 4B, type 4 import. */
class Sie4FileTest {

    private static final AccountPlan PLAN = new AccountPlan(Fixture.PAYER, "A", "4540",
            Map.of("PENALTY", "3690"), "2440",
            Map.of("4540", "Köpt primärvård", "3690", "Viten", "2440", "Leverantörsskulder"));

    @Test
    void writesTheIdentificationAccountsObjectsAndOneBalancedVoucher() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Sie4File().write(Fixture.document(), PLAN, LocalDate.of(2020, 4, 6), "bertil", out);
        byte[] bytes = out.toByteArray();
        String file = new String(bytes, Sie4File.PC8);

        assertTrue(file.endsWith("}\r\n"));
        assertEquals(List.of(
                "#FLAGGA 0",
                "#PROGRAM \"Vårdval Workbench\" 0.1.0",
                "#FORMAT PC8",
                "#GEN 20200406 \"bertil\"",
                "#SIETYP 4",
                "#ORGNR 232100-0206",
                "#FNAMN \"Region Jämtland Härjedalen\"",
                "#RAR 0 20200101 20201231",
                "#KONTO 2440 \"Leverantörsskulder\"",
                "#KONTO 3690 \"Viten\"",
                "#KONTO 4540 \"Köpt primärvård\"",
                "#DIM 20 \"Vårdenhet\"",
                "#OBJEKT 20 \"SE-ARE\" \"Åre hälsocentral\"",
                "#OBJEKT 20 \"SE-BRA\" \"Bräcke hälsocentral\"",
                "#OBJEKT 20 \"SE-OST\" \"Östersund Lugnvik\"",
                "#VER \"A\" \"\" 20200331 \"Hälsoval 2020-03 utbetalning 42\" 20200406 \"bertil\"",
                "{",
                "   #TRANS 4540 {20 \"SE-BRA\"} 78892.68 \"\" \"Region Jämtland Härjedalen 2321000206\"",
                "   #TRANS 4540 {20 \"SE-OST\"} 571041.67 \"\" \"Region Jämtland Härjedalen 2321000206\"",
                "   #TRANS 2440 {} -649934.35 \"\" \"Region Jämtland Härjedalen 2321000206\"",
                "   #TRANS 3690 {20 \"SE-ARE\"} -10000.00 \"\" \"Hälsocentralen Åre AB 5560000019\"",
                "   #TRANS 4540 {20 \"SE-ARE\"} 615800.21 \"\" \"Hälsocentralen Åre AB 5560000019\"",
                "   #TRANS 2440 {} -605800.21 \"\" \"Hälsocentralen Åre AB 5560000019\"",
                "}"), file.lines().toList());
        assertEquals(0, file.lines().filter(l -> l.startsWith("   #TRANS")).map(l -> new BigDecimal(l.split(" ")[
                l.startsWith("   #TRANS 2440 {}") ? 6 : 7])).reduce(BigDecimal.ZERO, BigDecimal::add).signum(),
                "the voucher balances");
    }

    @Test
    void isEncodedInCodePage437WithCrLf() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Sie4File().write(Fixture.document(), PLAN, LocalDate.of(2020, 4, 6), "bertil", out);
        String latin1 = new String(out.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(latin1.contains("#FNAMN \"Region J\u0084mtland H\u0084rjedalen\"\r\n"), "ä is 0x84 in PC8");
        assertTrue(latin1.contains("\"\u0099stersund Lugnvik\""), "Ö is 0x99 in PC8");
        assertTrue(latin1.contains("\"\u008Fre h\u0084lsocentral\""), "Å is 0x8F in PC8");
        assertEquals("payments-halsoval-2020-03.se", Sie4File.fileName(Fixture.document()));
    }
}

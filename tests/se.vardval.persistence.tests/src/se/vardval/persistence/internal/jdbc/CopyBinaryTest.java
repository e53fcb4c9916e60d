package se.vardval.persistence.internal.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class CopyBinaryTest {

    @Test
    void encodesARowInPostgresBinaryCopyFormat() throws IOException {
        CopyBinary copy = new CopyBinary(8);
        copy.beginRow();
        copy.text("Åre\tö");
        copy.text("SE2321000206-E2");
        copy.personNumber("191212121212");
        copy.text(null);
        copy.date(LocalDate.of(2020, 2, 29));
        copy.date(null);
        copy.integer(-7);
        copy.bool(true);
        copy.endData();

        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(expected);
        out.write("PGCOPY\n".getBytes(StandardCharsets.US_ASCII));
        out.write(new byte[] { (byte) 0xFF, '\r', '\n', 0 });
        out.writeInt(0);
        out.writeInt(0);
        out.writeShort(8);
        byte[] text = "Åre\tö".getBytes(StandardCharsets.UTF_8);
        out.writeInt(text.length);
        out.write(text);
        out.writeInt(15);
        out.write("SE2321000206-E2".getBytes(StandardCharsets.US_ASCII));
        out.writeInt(8);
        out.writeLong(191_212_121_212L);
        out.writeInt(-1);
        out.writeInt(4);
        out.writeInt(7364);
        out.writeInt(-1);
        out.writeInt(4);
        out.writeInt(-7);
        out.writeInt(1);
        out.writeByte(1);
        out.writeShort(-1);
        assertArrayEquals(expected.toByteArray(), Arrays.copyOf(copy.bytes(), copy.length()));
    }

    @Test
    void encodesADecimalAsANumericOfBase10000Digits() throws IOException {
        assertArrayEquals(numeric(2, 0, 0, 1, 1234, 5000), decimal("1234.5"));
        assertArrayEquals(numeric(1, -1, 0x4000, 2, 500), decimal("-0.05"));
        assertArrayEquals(numeric(3, 2, 0, 0, 1, 0, 0), decimal("1E+8"));
        assertArrayEquals(numeric(4, 0, 0, 10, 1, 234, 0, 0), decimal("1.0234000000"));
        assertArrayEquals(numeric(1, -1, 0, 4, 0), decimal("0.0000"));
        assertArrayEquals(numeric(6, 2, 0, 12, 1, 2345, 6789, 123, 4567, 8901),
                decimal("123456789.012345678901"), "a fraction beyond a long");
    }

    @Test
    void splitsAWholeNumberIntoBase10000Digits() {
        assertArrayEquals(new short[] { 12, 3456, 7800 }, CopyBinary.groups(BigInteger.valueOf(1234567800L), 3));
        assertArrayEquals(new short[] { 0, 1 }, CopyBinary.groups(BigInteger.ONE, 2));
        assertArrayEquals(new short[] {}, CopyBinary.groups(BigInteger.ZERO, 0));
        assertArrayEquals(new short[] { 1234, 5678, 9012, 3456, 7890, 1234 },
                CopyBinary.groups(new BigInteger("123456789012345678901234"), 1), "beyond a long");
    }

    private static byte[] decimal(String value) {
        CopyBinary copy = new CopyBinary(1);
        int header = copy.length();
        copy.decimal(new BigDecimal(value));
        return Arrays.copyOfRange(copy.bytes(), header, copy.length());
    }

    private static byte[] numeric(int digits, int weight, int sign, int scale, int... groups) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(8 + 2 * groups.length);
        out.writeShort(digits);
        out.writeShort(weight);
        out.writeShort(sign);
        out.writeShort(scale);
        for (int group : groups) {
            out.writeShort(group);
        }
        return bytes.toByteArray();
    }
}

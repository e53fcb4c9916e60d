package se.vardval.benchmark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;

import org.junit.jupiter.api.Test;

/** The peak heap of a stretch of work: the most in use at once, read before each collection. */
class HeapPeakTest {

    private static final long MB = 1L << 20;
    private static final int GARBAGE_MB = 256;

    @Test
    void theHeapInUseJustBeforeACollectionCountsThoughItsGarbageIsGone() throws InterruptedException {
        try (HeapPeak heap = new HeapPeak()) {
            heap.reset();
            long start = heap.bytes();

            makeGarbage();
            System.gc();
            awaitPeak(heap, start + GARBAGE_MB * MB);

            assertTrue(heap.bytes() >= start + GARBAGE_MB * MB, "peak " + heap.bytes() / MB + " MB from " + start / MB);
            assertTrue(inUse() < start + GARBAGE_MB * MB / 2, "the garbage is collected: " + inUse() / MB + " MB");
        }
    }

    @Test
    void garbageCollectedBeforeTheHeapIsHeldIsNotCountedWithIt() throws InterruptedException {
        try (HeapPeak heap = new HeapPeak()) {
            heap.reset();
            long start = heap.bytes();

            makeGarbage();
            System.gc();
            byte[][] held = allocate();
            System.gc();
            awaitPeak(heap, start + GARBAGE_MB * MB);

            assertTrue(heap.bytes() >= start + GARBAGE_MB * MB, "peak " + heap.bytes() / MB + " MB from " + start / MB);
            assertTrue(heap.bytes() < start + GARBAGE_MB * MB * 3 / 2,
                    "the young garbage's peak and the held heap's are moments apart, not added: "
                            + heap.bytes() / MB + " MB from " + start / MB);
            Reference.reachabilityFence(held);
        }
    }

    @Test
    void garbageCollectedByTheResetDoesNotCount() throws InterruptedException {
        try (HeapPeak heap = new HeapPeak()) {
            makeGarbage();
            heap.reset();
            Thread.sleep(500);

            assertTrue(heap.bytes() < GARBAGE_MB * MB, "peak " + heap.bytes() / MB + " MB");
        }
    }

    private static void makeGarbage() {
        Reference.reachabilityFence(allocate());
    }

    /** A quarter of a gigabyte in chunks of a megabyte. */
    private static byte[][] allocate() {
        byte[][] chunks = new byte[GARBAGE_MB][];
        for (int i = 0; i < chunks.length; i++) {
            chunks[i] = new byte[(int) MB];
            chunks[i][i] = 1;
        }
        return chunks;
    }

    /** Waits up to ten seconds for the collection's notification to raise the peak to at least {@code bytes}. */
    private static void awaitPeak(HeapPeak heap, long bytes) throws InterruptedException {
        for (int i = 0; i < 100 && heap.bytes() < bytes; i++) {
            Thread.sleep(100);
        }
    }

    private static long inUse() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}

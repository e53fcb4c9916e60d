package se.vardval.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The most heap in use at once during a stretch of work, garbage not yet collected included: the heap in use just
 * before each garbage collection (when it is highest), and at the end. Summing each heap pool's own peak instead
 * counts the young generation at its fullest together with the old generation at its fullest, which are moments apart
 * (an H2 import of 2.4 M persons read 4 192 MB that way in a 4 GB heap).
 */
final class HeapPeak implements AutoCloseable {

    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());
    private final List<NotificationEmitter> collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
            .filter(NotificationEmitter.class::isInstance).map(NotificationEmitter.class::cast).toList();
    private final NotificationListener beforeCollection = this::collected;
    private final AtomicLong peak = new AtomicLong();
    private volatile long since;

    /** Listens to the garbage collections from now on. */
    HeapPeak() {
        collectors.forEach(collector -> collector.addNotificationListener(beforeCollection, null, null));
    }

    /** Starts a new measurement, from the heap in use once the garbage so far is collected. */
    void reset() {
        System.gc();
        since = ManagementFactory.getRuntimeMXBean().getUptime();
        peak.set(inUse());
    }

    /** The most heap in use at once, in bytes, since {@link #reset()}. */
    long bytes() {
        return Math.max(peak.get(), inUse());
    }

    private void collected(Notification notification, Object handback) {
        if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                .from((CompositeData) notification.getUserData());
        if (info.getGcInfo().getStartTime() >= since) {
            peak.accumulateAndGet(heapOf(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
        }
    }

    private long heapOf(Map<String, MemoryUsage> pools) {
        return pools.entrySet().stream().filter(pool -> heapPools.contains(pool.getKey()))
                .mapToLong(pool -> pool.getValue().getUsed()).sum();
    }

    private static long inUse() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Stops listening to the garbage collections. */
    @Override
    public void close() {
        for (NotificationEmitter collector : collectors) {
            try {
                collector.removeNotificationListener(beforeCollection);
            } catch (ListenerNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}

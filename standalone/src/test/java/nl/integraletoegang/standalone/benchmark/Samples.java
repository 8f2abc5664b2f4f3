package nl.integraletoegang.standalone.benchmark;

import java.util.Arrays;

/** Latencies in nanoseconds, appended by one thread without boxing; merged and sorted for the percentiles. */
final class Samples {

    private long[] values = new long[1 << 12];
    private int size;

    void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    int size() {
        return size;
    }

    static long[] mergedAndSorted(Iterable<Samples> all) {
        int total = 0;
        for (Samples samples : all) {
            total += samples.size;
        }
        long[] merged = new long[total];
        int offset = 0;
        for (Samples samples : all) {
            System.arraycopy(samples.values, 0, merged, offset, samples.size);
            offset += samples.size;
        }
        Arrays.sort(merged);
        return merged;
    }

    /** Nearest-rank percentile of sorted values, in milliseconds. */
    static double percentileMillis(long[] sorted, double percentile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1_000_000.0;
    }
}

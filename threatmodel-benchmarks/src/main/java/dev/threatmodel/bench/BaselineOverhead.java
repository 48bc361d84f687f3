package dev.threatmodel.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

/**
 * What a baseline adds to a check, measured so that a busy machine disturbs it little: the plain check and the check
 * with a git revision as baseline ({@link BaselineCheckBenchmark}'s two requests) run alternately in one JVM, after
 * warm-up runs, and each run's wall-clock time and CPU time are recorded; the
 * medians and their ratios are printed. CPU time is the whole process's (every thread: the baseline revision is
 * checked on a thread of its own, and garbage collection and JIT threads count alike for both), which depends far
 * less than wall-clock time on what else runs on the machine.
 *
 * <p>usage: {@code java -cp benchmarks.jar dev.threatmodel.bench.BaselineOverhead <elements> [runs] [warm-up runs]}
 */
public final class BaselineOverhead {

    private BaselineOverhead() {
    }

    public static void main(String[] args) throws Exception {
        int elements = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        for (boolean changed : new boolean[] {true, false}) {
            measure(elements, runs, warmUp, changed);
        }
    }

    private static void measure(int elements, int runs, int warmUp, boolean changed) throws Exception {
        BaselineCheckBenchmark bench = new BaselineCheckBenchmark();
        bench.elements = elements;
        bench.modelChanged = changed;
        bench.setUp();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try {
            for (int i = 0; i < warmUp; i++) {
                bench.plainCheck();
                bench.baselineCheck();
            }
            long[] plainWall = new long[runs];
            long[] plainCpu = new long[runs];
            long[] baseWall = new long[runs];
            long[] baseCpu = new long[runs];
            for (int i = 0; i < runs; i++) {
                long w = System.nanoTime();
                long c = os.getProcessCpuTime();
                bench.plainCheck();
                plainCpu[i] = os.getProcessCpuTime() - c;
                plainWall[i] = System.nanoTime() - w;
                w = System.nanoTime();
                c = os.getProcessCpuTime();
                bench.baselineCheck();
                baseCpu[i] = os.getProcessCpuTime() - c;
                baseWall[i] = System.nanoTime() - w;
            }
            double pw = median(plainWall);
            double pc = median(plainCpu);
            double bw = median(baseWall);
            double bc = median(baseCpu);
            System.out.printf(Locale.ROOT, "%d elements, model %s, %d runs each (median): plain check %.1f ms wall,"
                    + " %.1f ms CPU; baseline check %.1f ms wall, %.1f ms CPU; ratio %.2f wall, %.2f CPU (target at"
                    + " most 2.00)%n", elements, changed ? "changed since the revision" : "as at the revision", runs,
                    pw, pc, bw, bc, bw / pw, bc / pc);
        } finally {
            bench.tearDown();
        }
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double mid = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
        return mid / 1_000_000.0;
    }
}

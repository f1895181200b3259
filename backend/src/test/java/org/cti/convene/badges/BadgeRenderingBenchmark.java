package org.cti.convene.badges;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntConsumer;

/**
 * Renders 1,000 badges with names across scripts into one A4 PDF and prints warm timings: the way the server
 * does it (prepared on every core, assembled on one thread) and on the calling thread alone; not a test (the
 * goal is 1 s over HTTP on two cores, issue 13). Run from the backend directory after {@code test-compile}:
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.cti.convene.badges.BadgeRenderingBenchmark [out.pdf]
 * </pre>
 *
 * with cp.txt from {@code ../mvnw -q dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 */
public final class BadgeRenderingBenchmark {

    private static final String[][] GIVEN = {
        {"Zoë", "Amélie", "Søren", "Đặng", "José", "Łucja", "Ngozi", "Ana María", "Björn", "Çağla"},
        {"Амина", "Дмитрий", "Ольга", "Сергей", "Наталья", "Ярослав"},
        {"Αθηνά", "Γιώργος", "Ελένη", "Νικόλαος", "Σοφία"},
        {"آمنة", "محمد", "فاطمة", "يوسف", "ليلى", "عبد الله"},
        {"阿米娜", "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周"},
    };
    private static final String[][] FAMILY = {
        {"Ñúñez-Øster", "Nguyễn", "Kowalczyk", "Dembélé", "Müller-Lüdenscheidt", "Ó Súilleabháin", "Diallo"},
        {"Диалло", "Иванов", "Кузнецова", "Шевченко", "Смирнов"},
        {"Παπαδοπούλου", "Οικονόμου", "Γεωργίου", "Καραγιάννης"},
        {"ديالو", "الحسيني", "بن علي", "المنصوري", "الخطيب"},
        {"迪亚洛", "伟", "芳", "秀英", "敏", "静", "丽", "强", "磊", "洋"},
    };
    private static final String[] ROLES = {"DELEGATE", "SPEAKER", "EXPERT", "ORGANISER", "PRESS"};

    public static void main(String[] args) throws IOException {
        int count = 1_000;
        BadgeKeys keys = BadgeKeys.generate(1);
        BadgeSigner signer = new BadgeSigner(keys);
        UUID event = UUID.randomUUID();
        Random random = new Random(42);

        long signStart = System.nanoTime();
        List<BadgeData> badges = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int script = random.nextInt(GIVEN.length);
            String name = pick(random, GIVEN[script]) + (script == 4 ? "" : " ") + pick(random, FAMILY[script]);
            if (i % 50 == 0) {
                name = "Maximilian-Alexander Friedrich von Hohenzollern-Sigmaringen " + name;
            }
            badges.add(new BadgeData(
                    name,
                    pick(random, new String[] {"Director of Legal Affairs", "مستشار قانوني", "Первый секретарь"}),
                    pick(random, new String[] {
                        "Ministry of Justice, Senegal", "Mission permanente de la France", "中国常驻日内瓦代表团"
                    }),
                    ROLES[random.nextInt(ROLES.length)],
                    "Preventing torture in police custody — HRC61 side event",
                    "10 March 2027 · Palais des Nations, Geneva",
                    signer.sign(new BadgeClaim(UUID.randomUUID(), event, 1 + random.nextInt(3)))));
        }
        long signNanos = System.nanoTime() - signStart;
        BadgeVerifier verifier = new BadgeVerifier(keys);
        long warmSign = timeEach(count, i -> signer.sign(new BadgeClaim(UUID.randomUUID(), event, 1)));
        long warmVerify = timeEach(count, i -> verifier.verify(badges.get(i).qrPayload()));

        BadgeRenderer renderer = new BadgeRenderer();
        long cold = System.nanoTime();
        byte[] pdf = renderer.renderAsync(badges, BadgeLayout.A4_SHEET).block();
        long coldNanos = System.nanoTime() - cold;
        // the JIT compiles on every preparing thread: a single warm-up left compilation in the measured runs
        for (int warmUp = 0; warmUp < 5; warmUp++) {
            renderer.renderAsync(badges, BadgeLayout.A4_SHEET).block();
            renderer.render(badges, BadgeLayout.A4_SHEET);
        }
        // the sheet is prepared on every core: the CPU of the whole process shows what it costs in all
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long best = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        for (int run = 1; run <= 5; run++) {
            long start = System.nanoTime();
            long cpuStart = os.getProcessCpuTime();
            pdf = renderer.renderAsync(badges, BadgeLayout.A4_SHEET).block();
            long nanos = System.nanoTime() - start;
            long cpu = os.getProcessCpuTime() - cpuStart;
            best = Math.min(best, nanos);
            bestCpu = Math.min(bestCpu, cpu);
            System.out.printf("run %d: %d ms wall, %d ms CPU%n", run, nanos / 1_000_000, cpu / 1_000_000);
        }
        // the same document on the calling thread alone, for comparison: what parallel preparation buys
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long bestSerial = Long.MAX_VALUE;
        long bestSerialCpu = Long.MAX_VALUE;
        for (int run = 1; run <= 5; run++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            renderer.render(badges, BadgeLayout.A4_SHEET);
            bestSerial = Math.min(bestSerial, System.nanoTime() - start);
            bestSerialCpu = Math.min(bestSerialCpu, threads.getCurrentThreadCpuTime() - cpuStart);
        }
        System.out.printf(
                "%d badges, %d pages: first render (fonts cold) %d ms, best warm %d ms wall / %d ms CPU, %.0f KB"
                        + " (%.2f KB/badge);%n"
                        + "on the calling thread alone: best warm %d ms wall / %d ms CPU;%n"
                        + "signing %d payloads took %d ms cold; warm: %d µs per signature, %d µs per verification;"
                        + " %d processors%n",
                count,
                (count + 7) / 8,
                coldNanos / 1_000_000,
                best / 1_000_000,
                bestCpu / 1_000_000,
                pdf.length / 1024.0,
                pdf.length / 1024.0 / count,
                bestSerial / 1_000_000,
                bestSerialCpu / 1_000_000,
                count,
                signNanos / 1_000_000,
                warmSign / 1_000,
                warmVerify / 1_000,
                Runtime.getRuntime().availableProcessors());
        if (args.length > 0) {
            Files.write(Path.of(args[0]), pdf);
            System.out.println("written to " + args[0]);
        }
    }

    /** Average nanoseconds per call, measured after one untimed pass. */
    private static long timeEach(int count, IntConsumer call) {
        for (int i = 0; i < count; i++) {
            call.accept(i);
        }
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            call.accept(i);
        }
        return (System.nanoTime() - start) / count;
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}

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
 * Renders 1,000 badges with names across scripts into one A4 PDF and prints warm timings; not a test (the
 * budget is 3 s on two cores). Run from the backend directory after {@code test-compile}:
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
        byte[] pdf = renderer.render(badges, BadgeLayout.A4_SHEET);
        long coldNanos = System.nanoTime() - cold;
        renderer.render(badges, BadgeLayout.A4_SHEET); // warm-up
        // rendering is single-threaded: CPU time of this thread shows the cost even when the machine is shared
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        for (int run = 1; run <= 3; run++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            pdf = renderer.render(badges, BadgeLayout.A4_SHEET);
            long nanos = System.nanoTime() - start;
            long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
            best = Math.min(best, nanos);
            bestCpu = Math.min(bestCpu, cpu);
            System.out.printf("run %d: %d ms wall, %d ms CPU%n", run, nanos / 1_000_000, cpu / 1_000_000);
        }
        System.out.printf(
                "%d badges, %d pages: first render (fonts cold) %d ms, best warm %d ms wall / %d ms CPU, %.0f KB"
                        + " (%.2f KB/badge);%n"
                        + "signing %d payloads took %d ms cold; warm: %d µs per signature, %d µs per verification;"
                        + " %d processors%n",
                count,
                (count + 7) / 8,
                coldNanos / 1_000_000,
                best / 1_000_000,
                bestCpu / 1_000_000,
                pdf.length / 1024.0,
                pdf.length / 1024.0 / count,
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

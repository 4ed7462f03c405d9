package nl.gebiedsteam.caseload.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javax.management.ObjectName;
import javax.sql.DataSource;
import nl.gebiedsteam.caseload.shared.Times;
import nl.gebiedsteam.caseload.testsupport.Deployments;
import nl.gebiedsteam.caseload.testsupport.Fixtures;
import nl.gebiedsteam.caseload.testsupport.Sql;
import nl.gebiedsteam.caseload.testsupport.TestData;
import nl.gebiedsteam.caseload.testsupport.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 24: uploading and downloading one document of 1 MB and of 20 MB over real HTTP (with curl,
 * outside this JVM), the way the documents page's file upload sends it (a multipart AJAX request
 * per file) and the download link fetches it, timed; and the server's live heap during each transfer. The test runs inside the
 * server, so it reads the server's own heap: a sampler forces a collection every 200 ms and keeps
 * the highest heap in use after it, which is what the transfer holds, not the garbage it makes. A
 * transfer that held the file whole would show its size there; the first measurement, of a test
 * that does hold 20 MB on purpose, shows that the method sees it.
 */
@ExtendWith(ArquillianExtension.class)
class DocumentTransferBenchmarkIT {

    private static final int MB = 1024 * 1024;
    private static final int RUNS = 3;

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestLogin().addClasses(DocumentTransferBenchmarkIT.class, Benchmarks.class);
    }

    @Resource(lookup = "java:app/jdbc/caseload")
    DataSource db;

    @Test
    void oneDocument_upAndDown_withTheLiveHeapDuringTheTransfer() throws Exception {
        String worker = TestData.unique("bench.doc").toLowerCase(Locale.ROOT);
        long workerId = Fixtures.worker(db, worker, TestData.TEAM_NOORD, "CASEWORKER");
        long client = Fixtures.fileAwaitingPlanApproval(db, TestData.TEAM_NOORD, workerId, TestData.unique("Bench"));
        WebClient web = new WebClient(WebClient.applicationRoot()).loggedInAs(worker);

        Live held = liveGrowth(() -> {
            byte[] whole = new byte[20 * MB];
            Thread.sleep(1500);
            return whole.length;
        });
        System.out.printf(Locale.ROOT, "BENCHMARK document heap check: holding 20 MB on purpose shows +%.1f MB live%n",
                held.growth() / (double) MB);
        assertTrue(held.growth() > 18L * MB, "the sampler sees a file held whole");

        for (int megabytes : List.of(1, 20)) {
            long size = (long) megabytes * MB;
            Path file = Files.createTempFile("caseload-bench", ".pdf");
            try (InputStream content = pdf(size)) {
                Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
            }
            // live heap: one upload and one download with the sampler beside them
            long[] id = new long[1];
            Live up = liveGrowth(() -> {
                id[0] = upload(web, client, name(megabytes), file);
                return 0;
            });
            Live down = liveGrowth(() -> download(web, id[0]).length());
            // time: further transfers without the sampler, whose collections would stop them
            long[] upNanos = new long[RUNS];
            long[] downNanos = new long[RUNS];
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                long document = upload(web, client, name(megabytes), file);
                upNanos[run] = System.nanoTime() - start;
                start = System.nanoTime();
                String sha = download(web, document);
                downNanos[run] = System.nanoTime() - start;
                assertEquals(Sql.rows(db, "SELECT sha256 FROM client_document WHERE id = ?", r -> r.getString(1),
                        document).get(0), sha, "the download is the upload, byte for byte");
            }
            Files.delete(file);
            report("upload", megabytes, upNanos, up);
            report("download", megabytes, downNanos, down);
            assertTrue(up.growth() < 10L * MB && down.growth() < 10L * MB, "a transfer does not hold the file in the heap");
        }
    }

    private static String name(int megabytes) {
        return "bench-" + megabytes + "mb-" + UUID.randomUUID() + ".pdf";
    }

    private static void report(String what, int megabytes, long[] nanos, Live live) {
        Benchmarks.Run run = new Benchmarks.Run(nanos, java.util.Arrays.stream(nanos).sum(), 0);
        System.out.printf(Locale.ROOT, "BENCHMARK document %s %d MB: n=%d p50=%.0f p95=%.0f max=%.0f ms, %.1f MB/s;"
                + " live heap during the transfer at most +%.1f MB%n", what, megabytes, nanos.length, run.percentile(50),
                run.percentile(95), run.max(), megabytes / (run.percentile(50) / 1000), live.growth() / (double) MB);
        System.out.println("BENCHMARK   largest classes at that moment:\n" + live.histogramTop());
    }

    /**
     * What the documents page's file upload posts for one file (its form, the AJAX fields and the
     * file), sent by curl: a client in this JVM would count its own buffers as the server's heap.
     */
    private long upload(WebClient web, long client, String name, Path file) throws Exception {
        String page = "client/documents.xhtml?id=" + client;
        Map<String, String> fields = WebClient.formFields(web.get(page).body(), "upload");
        fields.putAll(Map.of("upload:kind", "OTHER", "upload:documentDate",
                LocalDate.now(Times.DISPLAY_ZONE).format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")),
                "upload:title", "", "jakarta.faces.partial.ajax", "true", "jakarta.faces.source", "upload:files",
                "jakarta.faces.partial.execute", "upload:files upload:kind upload:documentDate upload:title",
                "jakarta.faces.partial.render", "upload:filesMessage", "upload:files_totalFilesCount", "1"));
        List<String> command = new ArrayList<>(List.of("curl", "-sS", "-H", "Faces-Request: partial/ajax", "-H",
                "Cookie: " + web.cookieHeader()));
        fields.forEach((key, value) -> command.addAll(List.of("--form-string", key + "=" + value)));
        command.addAll(List.of("-F", "upload:files=@" + file + ";type=application/pdf;filename=" + name,
                WebClient.applicationRoot().resolve(page).toString()));
        String response = curl(command);
        assertTrue(response.contains(name + " is toegevoegd"), response);
        return Sql.number(db, "SELECT id FROM client_document WHERE file_name = ?", name);
    }

    /** Fetches the download with curl and answers its SHA-256; nothing of it is kept. */
    private static String download(WebClient web, long id) throws Exception {
        return curl(List.of("sh", "-c", "curl -sS --fail -H 'Cookie: " + web.cookieHeader() + "' '"
                + WebClient.applicationRoot().resolve("document/download?id=" + id) + "' | sha256sum")).split(" ")[0];
    }

    private static String curl(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), String.join(" ", command) + "\n" + out);
        return out.strip();
    }

    /** A PDF of exactly {@code size} bytes, made as it is read: header, a long comment, the end marker. */
    private static InputStream pdf(long size) {
        byte[] header = "%PDF-1.7\n%".getBytes(StandardCharsets.US_ASCII);
        byte[] end = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        return new InputStream() {
            private long at;

            @Override
            public int read() {
                if (at >= size) {
                    return -1;
                }
                long fromEnd = size - at;
                int next = at < header.length ? header[(int) at] : fromEnd <= end.length
                        ? end[(int) (end.length - fromEnd)] : 'x';
                at++;
                return next;
            }
        };
    }

    @FunctionalInterface
    private interface Transfer {
        long run() throws Exception;
    }

    /** How far the live heap rose during a transfer, and the largest classes at its highest. */
    private record Live(long growth, String histogramTop) {
    }

    /**
     * The highest live heap during {@code transfer} over the one before, sampled about every 200 ms
     * with the JVM's class histogram of live objects (which collects first, so garbage the transfer
     * made does not count).
     */
    private static Live liveGrowth(Transfer transfer) throws Exception {
        long baseline = liveHeap().bytes();
        AtomicReference<Histogram> highest = new AtomicReference<>(new Histogram(baseline, ""));
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                Histogram now = liveHeap();
                highest.accumulateAndGet(now, (a, b) -> a.bytes() >= b.bytes() ? a : b);
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        try {
            // what the transfer returns is kept alive until the sampler has looked once more
            long keep = transfer.run();
            Histogram last = liveHeap();
            highest.accumulateAndGet(last, (a, b) -> a.bytes() >= b.bytes() ? a : b);
            if (keep < 0) {
                throw new IllegalStateException();
            }
        } finally {
            running.set(false);
            sampler.join();
        }
        return new Live(highest.get().bytes() - baseline, highest.get().top());
    }

    private record Histogram(long bytes, String top) {
    }

    /** The JVM's histogram of live objects ({@code jcmd GC.class_histogram}): its total, and its ten largest lines. */
    private static Histogram liveHeap() {
        try {
            String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            String[] lines = text.strip().split("\n");
            String[] total = lines[lines.length - 1].strip().split("\\s+");
            return new Histogram(Long.parseLong(total[total.length - 1]), String.join("\n",
                    java.util.Arrays.copyOfRange(lines, 0, Math.min(lines.length, 12))));
        } catch (javax.management.JMException e) {
            throw new IllegalStateException(e);
        }
    }
}

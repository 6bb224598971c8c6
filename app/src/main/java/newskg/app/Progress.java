package newskg.app;

import java.io.PrintStream;
import java.util.Map;

import newskg.ingest.IngestPipeline;
import newskg.ingest.IngestSummary;
import newskg.ingest.IngestSummary.Outcome;
import newskg.model.Problem;

/** The progress bar and the end-of-run summary, both on stderr. */
final class Progress implements IngestPipeline.ProgressListener {
    private final PrintStream err;
    private final boolean bar;
    private final long t0 = System.nanoTime();

    Progress(PrintStream err, boolean interactive) {
        this.err = err;
        this.bar = interactive;
    }

    @Override
    public void update(int done, int total, Map<Outcome, Integer> counts) {
        if (!bar) {
            return;
        }
        int width = 30;
        int filled = total == 0 ? width : (int) ((long) done * width / total);
        double secs = Math.max(1e-3, (System.nanoTime() - t0) / 1e9);
        err.printf("\r[%s%s] %d/%d  stored %d  unchanged %d  failed %d  %.1f doc/s ",
                "#".repeat(filled), " ".repeat(width - filled), done, total,
                counts.getOrDefault(Outcome.STORED, 0) + counts.getOrDefault(Outcome.PRINTED, 0),
                counts.getOrDefault(Outcome.UNCHANGED, 0), counts.getOrDefault(Outcome.FAILED, 0), done / secs);
        err.flush();
    }

    /** Prints counts per outcome and every problem; returns the exit code the run deserves. */
    int summary(IngestSummary s) {
        if (bar) {
            err.println();
        }
        StringBuilder line = new StringBuilder("newskg: ");
        boolean first = true;
        for (Outcome o : Outcome.values()) {
            if (s.count(o) > 0) {
                line.append(first ? "" : ", ").append(s.count(o)).append(' ').append(o.label());
                first = false;
            }
        }
        if (first) {
            line.append("no documents");
        }
        line.append(String.format("; %d events in %.1f s", s.events(), s.millis() / 1000.0));
        err.println(line);
        for (Problem p : s.problems()) {
            err.println("  " + p);
        }
        return s.hasErrors() ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }
}

package newskg.spark;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.TaskCompletionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import newskg.graph.mapping.ExtractionMapper;
import newskg.graph.mapping.IriMinter;
import newskg.ingest.ArticleAnalyzer;
import newskg.model.Article;
import newskg.model.Extraction;
import newskg.model.Problem;

/**
 * The executor side of the job: turns the input files of one partition into article graphs as
 * N-Quads lines, with the same stages as {@code newskg ingest} (article extraction, CoreNLP,
 * event extraction, {@link ExtractionMapper}).
 *
 * <p>Memory stays flat whatever the size of an input (a CC-NEWS WARC holds tens of thousands of
 * articles): the graphs of one input file are spooled to a local temporary file while it is
 * analysed, then handed to Spark one article at a time, and the file is deleted. Files are
 * analysed lazily, one at a time, as Spark pulls articles.
 *
 * <pre>{@code
 * JavaRDD<ArticleQuads> graphs = jsc.parallelize(files, files.size())
 *         .mapPartitions(new ExtractPartition(spec, jsc.broadcast(new HadoopConf(conf)), counters));
 * }</pre>
 */
final class ExtractPartition implements FlatMapFunction<Iterator<InputFile>, ArticleQuads> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger("newskg.run");
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private final ExtractSpec spec;
    private final Broadcast<HadoopConf> conf;
    private final Counters counters;

    ExtractPartition(ExtractSpec spec, Broadcast<HadoopConf> conf, Counters counters) {
        this.spec = spec;
        this.conf = conf;
        this.counters = counters;
    }

    @Override
    public Iterator<ArticleQuads> call(Iterator<InputFile> files) {
        ArticleAnalyzer nlp = SharedAnalyzer.get(spec.corenlp());
        ExtractionMapper mapper = new ExtractionMapper(IriMinter.standard());
        ArticleReader reader = new ArticleReader(spec, conf.value().get());
        Spool spool = new Spool(files, reader, nlp, mapper);
        TaskContext task = TaskContext.get();
        if (task != null) {
            // A failed or killed task must not leave its spool file behind on the executor's disk.
            task.addTaskCompletionListener(new TaskCompletionListener() {
                @Override
                public void onTaskCompletion(TaskContext context) {
                    spool.close();
                }
            });
        }
        return spool;
    }

    /**
     * The article graphs of the partition's files, produced one file at a time through a temporary
     * file. In the spool, each article's quad lines follow a line {@code "# GRAPH ORDER"}: an N-Quads
     * line never starts with {@code #}.
     */
    private final class Spool implements Iterator<ArticleQuads> {
        private final Iterator<InputFile> files;
        private final ArticleReader reader;
        private final ArticleAnalyzer nlp;
        private final ExtractionMapper mapper;
        private Path current;
        private BufferedReader lines;
        private String header;
        private ArticleQuads next;
        private int fileOrder;
        private int ordinal;

        Spool(Iterator<InputFile> files, ArticleReader reader, ArticleAnalyzer nlp, ExtractionMapper mapper) {
            this.files = files;
            this.reader = reader;
            this.nlp = nlp;
            this.mapper = mapper;
        }

        @Override
        public boolean hasNext() {
            try {
                while (next == null) {
                    if (lines != null) {
                        next = readArticle();
                        if (next != null) {
                            break;
                        }
                        close();
                    }
                    if (!files.hasNext()) {
                        return false;
                    }
                    current = Files.createTempFile("newskg-spool-", ".nq");
                    extract(files.next(), current);
                    lines = Files.newBufferedReader(current, StandardCharsets.UTF_8);
                    header = lines.readLine();
                }
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException("local spool file " + current, e);
            }
        }

        @Override
        public ArticleQuads next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ArticleQuads a = next;
            next = null;
            return a;
        }

        /** The article whose header was read last, up to the next header; null at the end of the spool. */
        private ArticleQuads readArticle() throws IOException {
            if (header == null) {
                return null;
            }
            String[] h = header.split(" ");
            List<String> quads = new ArrayList<>();
            String line;
            while ((line = lines.readLine()) != null && !line.startsWith("#")) {
                quads.add(line);
            }
            header = line;
            return new ArticleQuads(h[1], Long.parseLong(h[2]), quads);
        }

        void close() {
            try {
                if (lines != null) {
                    lines.close();
                    lines = null;
                }
                if (current != null) {
                    Files.deleteIfExists(current);
                    current = null;
                }
            } catch (IOException e) {
                // Only the temporary directory fills up; the task's output is unaffected.
                LOG.warn("cannot delete spool file {}: {}", current, e.toString());
            }
        }

        private void extract(InputFile f, Path spoolFile) throws IOException {
            long t0 = System.nanoTime();
            long cpu0 = CPU.getCurrentThreadCpuTime();
            fileOrder = f.order();
            ordinal = 0;
            try (BufferedWriter out = Files.newBufferedWriter(spoolFile, StandardCharsets.UTF_8)) {
                reader.read(f, new ArticleReader.Sink() {
                    @Override
                    public void article(Article a) {
                        write(a, out);
                    }

                    @Override
                    public void problem(Problem p) {
                        report(p);
                    }
                });
            }
            counters.files().add(1);
            counters.workNanos().add(System.nanoTime() - t0);
            counters.cpuNanos().add(CPU.getCurrentThreadCpuTime() - cpu0);
        }

        private void write(Article a, BufferedWriter out) {
            Extraction x;
            List<String> quads;
            try {
                x = nlp.analyze(a);
                quads = QuadLines.of(mapper.minter().articleGraph(a.id()), mapper.toGraph(x));
            } catch (RuntimeException e) {
                // A bug on one article must not fail the task: Spark would retry it and then fail the job
                // over one page of a WARC with tens of thousands. IngestPipeline does the same.
                LOG.error("unexpected failure on {}", a.source(), e);
                report(Problem.error(Problem.Stage.NLP, a.source(), "internal error: " + e));
                return;
            }
            x.problems().forEach(ExtractPartition.this::report);
            String graph = mapper.minter().articleGraph(a.id()).getURI();
            try {
                out.write("# " + graph + " " + ArticleQuads.order(fileOrder, ordinal++) + "\n");
                for (String q : quads) {
                    out.write(q);
                    out.write('\n');
                }
            } catch (IOException e) {
                throw new UncheckedIOException("local spool file " + current, e);
            }
            counters.articles().add(1);
            counters.quads().add(quads.size());
            LOG.debug("{}: {} events, {} quads", a.source(), x.events().size(), quads.size());
        }
    }

    private void report(Problem p) {
        if (ArticleReader.isFailure(p)) {
            counters.failed().add(1);
            LOG.warn("{}: {} ({})", p.source(), p.message(), p.stage());
        } else {
            counters.warnings().add(1);
            LOG.info("{}: {} ({})", p.source(), p.message(), p.stage());
        }
    }
}

package newskg.spark;

import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Expands the job's inputs, on the driver, into the files to read: paths, globs and
 * directories on any file system Hadoop reads (local, HDFS, S3), and files that list paths one
 * a line (CC-NEWS publishes {@code warc.paths.gz} per month).
 *
 * <pre>{@code
 * List<InputFile> files = InputFiles.expand(List.of("corpus/", "s3a://bucket/2024/08/*.warc.gz"), conf);
 * List<String> listed = InputFiles.readList("warc.paths.gz", Optional.of("s3a://commoncrawl/"), conf);
 * }</pre>
 */
public final class InputFiles {
    private InputFiles() {
    }

    /**
     * The files below the inputs: a file as given; a directory walked recursively, in name order,
     * keeping the files {@code newskg ingest} reads plus {@code .warc(.gz)} and {@code .jsonl(.gz)},
     * and skipping hidden ({@code .}) and Hadoop-private ({@code _}) entries; a glob's matches, each
     * treated the same way.
     *
     * @throws IllegalArgumentException when an input or a glob matches nothing
     */
    public static List<InputFile> expand(List<String> inputs, Configuration conf) throws IOException {
        List<InputFile> out = new ArrayList<>();
        for (String given : inputs) {
            String spelled = given.length() > 1 && given.endsWith("/") ? given.substring(0, given.length() - 1) : given;
            Path path = new Path(spelled);
            FileSystem fs = path.getFileSystem(conf);
            boolean glob = spelled.chars().anyMatch(c -> "*?[{".indexOf(c) >= 0);
            FileStatus[] matches;
            if (glob) {
                matches = fs.globStatus(path);
                if (matches == null || matches.length == 0) {
                    throw new IllegalArgumentException("no input matches " + given);
                }
            } else {
                try {
                    matches = new FileStatus[] {fs.getFileStatus(path)};
                } catch (FileNotFoundException e) {
                    throw new IllegalArgumentException("no such input: " + given, e);
                }
            }
            for (FileStatus st : matches) {
                // A plain input keeps the user's spelling, as `newskg ingest` records sources; a glob match has none.
                String base = glob ? display(st.getPath()) : spelled;
                if (st.isDirectory()) {
                    for (InputFile f : walk(fs, st.getPath(), base)) {
                        out.add(new InputFile(f.uri(), f.source(), out.size()));
                    }
                } else {
                    out.add(new InputFile(st.getPath().toString(), base, out.size()));
                }
            }
        }
        return out;
    }

    private static List<InputFile> walk(FileSystem fs, Path dir, String base) throws IOException {
        String prefix = dir.toString().endsWith("/") ? dir.toString() : dir + "/";
        TreeMap<String, InputFile> sorted = new TreeMap<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
        while (it.hasNext()) {
            Path p = it.next().getPath();
            String full = p.toString();
            String relative = full.startsWith(prefix) ? full.substring(prefix.length()) : p.getName();
            if (visible(relative) && InputFile.isInput(p.getName())) {
                sorted.put(relative, new InputFile(full, base + "/" + relative, 0));
            }
        }
        return new ArrayList<>(sorted.values());
    }

    private static boolean visible(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith(".") || part.startsWith("_")) {
                return false;
            }
        }
        return true;
    }

    /** A local path without its {@code file:} scheme, as a user would type it; other paths whole. */
    private static String display(Path p) {
        URI u = p.toUri();
        return "file".equals(u.getScheme()) ? u.getPath() : p.toString();
    }

    /**
     * Reads a file of inputs, one a line ({@code #} comments and blank lines skipped; gzipped when
     * its name ends in {@code .gz}), prefixing the lines that have no scheme with {@code prefix}
     * (for CC-NEWS's {@code warc.paths.gz}, whose lines are relative to the bucket).
     */
    public static List<String> readList(String listFile, Optional<String> prefix, Configuration conf)
            throws IOException {
        Path path = new Path(listFile);
        FileSystem fs = path.getFileSystem(conf);
        List<String> out = new ArrayList<>();
        try (InputStream raw = fs.open(path);
             InputStream in = listFile.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                boolean hasScheme = s.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*");
                out.add(hasScheme || prefix.isEmpty() ? s : prefix.get() + s);
            }
        }
        return out;
    }
}

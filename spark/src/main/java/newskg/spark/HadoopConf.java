package newskg.spark;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;

import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop configuration, carried to the executors (Hadoop's {@link Configuration} is
 * {@code Writable}, not {@code Serializable}; Spark's own wrapper is internal), so that they
 * read inputs with the same file-system settings and credentials as the driver.
 *
 * <pre>{@code
 * Broadcast<HadoopConf> conf = jsc.broadcast(new HadoopConf(jsc.hadoopConfiguration()));
 * FileSystem fs = path.getFileSystem(conf.value().get());
 * }</pre>
 */
public final class HadoopConf implements Serializable {
    private static final long serialVersionUID = 1L;

    private transient Configuration conf;

    public HadoopConf(Configuration conf) {
        this.conf = new Configuration(conf);
    }

    public Configuration get() {
        return conf;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        conf.write(out);
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        conf = new Configuration(false);
        conf.readFields(in);
    }
}

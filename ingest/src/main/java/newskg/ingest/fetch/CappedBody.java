package newskg.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body collected up to a cap. Past the cap the subscription is cancelled, which makes
 * the client close the connection, so an endless or 50 MB body costs at most the cap in memory.
 */
record CappedBody(byte[] bytes, boolean truncated) {

    static HttpResponse.BodyHandler<CappedBody> handler(long cap) {
        return info -> {
            long declared = info.headers().firstValueAsLong("content-length").orElse(-1L);
            return new Subscriber(cap, declared > cap);
        };
    }

    /** Collects bytes; stops at the cap. */
    private static final class Subscriber implements HttpResponse.BodySubscriber<CappedBody> {
        private final long cap;
        private final boolean declaredTooLarge;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final CompletableFuture<CappedBody> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        Subscriber(long cap, boolean declaredTooLarge) {
            this.cap = cap;
            this.declaredTooLarge = declaredTooLarge;
        }

        @Override
        public CompletionStage<CappedBody> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            this.subscription = s;
            if (declaredTooLarge) {
                // Content-Length already says too much: don't read a byte of it.
                s.cancel();
                result.complete(new CappedBody(new byte[0], true));
            } else {
                s.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer b : items) {
                int n = b.remaining();
                if (out.size() + (long) n > cap) {
                    subscription.cancel();
                    result.complete(new CappedBody(new byte[0], true));
                    return;
                }
                byte[] chunk = new byte[n];
                b.get(chunk);
                out.write(chunk, 0, n);
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(new CappedBody(out.toByteArray(), false));
        }
    }
}

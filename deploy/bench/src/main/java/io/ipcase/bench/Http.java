package io.ipcase.bench;

import java.net.URI;
import java.util.concurrent.CompletableFuture;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

/**
 * The load generator's HTTP client: Vert.x on one event loop, HTTP/1.1 keep-alive, a pool as large as the most
 * connections a load opens. Light enough that the generator does not become the floor (the JDK client, at a thread per
 * connection, measured a tenth of what the services answer).
 */
final class Http {

    /** an answer: its status and its body */
    record Answer(int status, String body) {
    }

    private static final Vertx VERTX = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
    private static final HttpClient CLIENT = VERTX.createHttpClient(new HttpClientOptions().setKeepAlive(true).setPipelining(false)
            .setMaxWaitQueueSize(-1).setConnectTimeout(5000).setIdleTimeout(60), new PoolOptions().setHttp1MaxSize(256));
    private static final io.vertx.core.Context LOOP = VERTX.getOrCreateContext();

    private Http() {
    }

    static CompletableFuture<Answer> get(String url, String token) {
        return send(HttpMethod.GET, url, token, null);
    }

    static CompletableFuture<Answer> post(String url, String token, String json) {
        return send(HttpMethod.POST, url, token, json);
    }

    static CompletableFuture<Answer> send(HttpMethod method, String url, String token, String json) {
        URI uri = URI.create(url);
        RequestOptions options = new RequestOptions().setMethod(method).setHost(uri.getHost()).setPort(uri.getPort())
                .setURI(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())).setTimeout(20_000);
        if (token != null) {
            options.putHeader("Authorization", "Bearer " + token);
        }
        if (json != null) {
            options.putHeader("Content-Type", "application/json");
        }
        // every request starts on the client's event loop: called from another thread, the pool hands out connections
        // from a context of its own each time, and a few requests were seen never to complete
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        LOOP.runOnContext(v -> CLIENT.request(options)
                .compose(request -> json == null ? request.send() : request.send(Buffer.buffer(json)))
                .compose(response -> response.body().map(body -> new Answer(response.statusCode(), body.toString())))
                .onComplete(done -> {
                    if (done.succeeded()) {
                        answer.complete(done.result());
                    } else {
                        answer.completeExceptionally(done.cause());
                    }
                }));
        return answer;
    }

    /** sends and waits */
    static Answer call(HttpMethod method, String url, String token, String json) throws Exception {
        return send(method, url, token, json).get();
    }
}

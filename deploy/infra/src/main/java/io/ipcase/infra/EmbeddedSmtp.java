package io.ipcase.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;

/**
 * A real SMTP server (GreenMail) that accepts every message for every address and keeps it, so
 * that tests and people can read what the services sent.
 */
public final class EmbeddedSmtp implements AutoCloseable {

    /** A delivered mail as a reader sees it. */
    public record Mail(List<String> to, String subject, String body, String messageId) {
    }

    private final GreenMail greenMail;
    private final int port;
    /** "recipient TAB subject" of every message as it arrived, oldest first; guarded by itself */
    private final List<String> arrivals = new ArrayList<>();
    private HttpServer mailbox;
    private java.util.concurrent.ExecutorService mailboxThreads;

    private EmbeddedSmtp(GreenMail greenMail, int port) {
        this.greenMail = greenMail;
        this.port = port;
        // each recipient's copy noted when the server has taken it, before it is stored
        MessageDeliveryHandler store = greenMail.getUserManager().getMessageDeliveryHandler();
        greenMail.getUserManager().setMessageDeliveryHandler((message, address) -> {
            String subject = message.getMessage().getSubject();
            synchronized (arrivals) {
                arrivals.add(address.getEmail() + "\t" + (subject == null ? "" : subject.replaceAll("\\s", " ")));
                arrivals.notifyAll();
            }
            return store.handle(message, address);
        });
    }

    public static EmbeddedSmtp start(int port) {
        GreenMail greenMail = new NoDelayGreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return new EmbeddedSmtp(greenMail, port);
    }

    /**
     * The arrivals after the first {@code since}, waiting up to {@code waitMillis} for one when there is none yet: what
     * the performance harness reads to time a command's mail without parsing the whole mailbox.
     */
    public List<String> arrivalsAfter(int since, long waitMillis) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
        synchronized (arrivals) {
            long left;
            while (arrivals.size() <= since && (left = until - System.nanoTime()) > 0) {
                TimeUnit.NANOSECONDS.timedWait(arrivals, left);
            }
            return since >= arrivals.size() ? List.of() : List.copyOf(arrivals.subList(Math.max(0, since), arrivals.size()));
        }
    }

    public int port() {
        return port;
    }

    /** Every mail received so far, oldest first. */
    public List<Mail> received() {
        return List.of(greenMail.getReceivedMessages()).stream().map(EmbeddedSmtp::mail).toList();
    }

    /** The mails received for one address. */
    public List<Mail> receivedBy(String address) {
        return received().stream().filter(m -> m.to().contains(address)).toList();
    }

    /**
     * Serves the received mail as text at {@code http://127.0.0.1:<port>/} (the local stack's way to read it), and at
     * {@code /arrivals?since=n} each arrival after the first n as a line "recipient TAB subject", waiting up to a second
     * for one.
     */
    public void serveMailbox(int httpPort) {
        try {
            mailbox = HttpServer.create(new InetSocketAddress("127.0.0.1", httpPort), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        mailbox.createContext("/arrivals", exchange -> {
            String query = exchange.getRequestURI().getQuery();
            int since = query != null && query.matches("since=\\d{1,9}") ? Integer.parseInt(query.substring(6)) : 0;
            List<String> after;
            try {
                after = arrivalsAfter(since, 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                after = List.of();
            }
            byte[] bytes = after.stream().map(line -> line + "\n").reduce("", String::concat).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(200, bytes.length == 0 ? -1 : bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        mailbox.createContext("/", exchange -> {
            StringBuilder page = new StringBuilder();
            List<Mail> mails = received();
            for (int i = mails.size() - 1; i >= 0; i--) {
                Mail m = mails.get(i);
                page.append("To: ").append(String.join(", ", m.to())).append("\nSubject: ").append(m.subject()).append("\n\n")
                        .append(m.body()).append("\n\n----------------------------------------\n\n");
            }
            byte[] bytes = page.toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        // a waiting reader of /arrivals must not hold up the page
        mailboxThreads = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "mailbox");
            t.setDaemon(true);
            return t;
        });
        mailbox.setExecutor(mailboxThreads);
        mailbox.start();
    }

    private static Mail mail(MimeMessage message) {
        try {
            Address[] recipients = message.getAllRecipients();
            List<String> to = recipients == null ? List.of() : List.of(recipients).stream().map(Address::toString).toList();
            // the decoded text (quoted-printable and charset undone), as a mail client shows it
            Object content = message.getContent();
            String body = content instanceof String text ? text : GreenMailUtil.getBody(message);
            return new Mail(to, message.getSubject(), body, message.getMessageID());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * GreenMail answers each SMTP command in two writes (the text, then CRLF); with Nagle's algorithm on, the second waits
     * for the client's delayed ACK, about 40 ms per command and 220 ms per mail, which capped a sequential sender at
     * 4–5 mails/s. Answers go out at once here, as a real mail server's do.
     */
    private static final class NoDelayGreenMail extends GreenMail {

        NoDelayGreenMail(ServerSetup setup) {
            super(setup);
        }

        @Override
        protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
            Map<String, AbstractServer> services = new HashMap<>(super.createServices(config, managers));
            services.replaceAll((protocol, server) -> !(server instanceof SmtpServer) ? server : new SmtpServer(server.getServerSetup(), managers) {
                @Override
                protected ProtocolHandler createProtocolHandler(Socket client) {
                    try {
                        client.setTcpNoDelay(true);
                    } catch (SocketException e) {
                        throw new UncheckedIOException(e);
                    }
                    return super.createProtocolHandler(client);
                }
            });
            return services;
        }
    }

    @Override
    public void close() {
        if (mailbox != null) {
            mailbox.stop(0);
            mailboxThreads.shutdownNow();
        }
        greenMail.stop();
    }
}

package io.ipcase.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

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
    private HttpServer mailbox;

    private EmbeddedSmtp(GreenMail greenMail, int port) {
        this.greenMail = greenMail;
        this.port = port;
    }

    public static EmbeddedSmtp start(int port) {
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return new EmbeddedSmtp(greenMail, port);
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

    /** Serves the received mail as text at {@code http://127.0.0.1:<port>/} (the local stack's way to read it). */
    public void serveMailbox(int httpPort) {
        try {
            mailbox = HttpServer.create(new InetSocketAddress("127.0.0.1", httpPort), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    @Override
    public void close() {
        if (mailbox != null) {
            mailbox.stop(0);
        }
        greenMail.stop();
    }
}

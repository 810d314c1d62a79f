package io.ipcase.kit.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Signing checkpoints and checking them against chains (docs/domain.md, "Audit"). */
class CheckpointTest {

    static final CheckpointSigner SIGNER = CheckpointSigner.generated();
    static final String H1 = "1".repeat(64);

    static Checkpoint signed() {
        return new Checkpoint("mediation-service", 7, "2026-12-03T08:00:00Z", "a".repeat(64), SIGNER.keyId(), SIGNER.publicKey(),
                List.of(new Checkpoint.Head("register", "register", 3, H1),
                        new Checkpoint.Head("mediation", "6f1c1d3e-0c39-4d3a-9a57-8e2b1c9f0a11", 5, "2".repeat(64))),
                null).signedBy(SIGNER);
    }

    static Stream<Arguments> alterations() {
        CheckpointSigner other = CheckpointSigner.generated();
        return Stream.of(
                Arguments.of("as signed", (UnaryOperator<Checkpoint>) c -> c, true),
                Arguments.of("another service", (UnaryOperator<Checkpoint>) c -> new Checkpoint("credit-service", c.seq(), c.takenAt(),
                        c.previous(), c.keyId(), c.publicKey(), c.heads(), c.signature()), false),
                Arguments.of("another seq", (UnaryOperator<Checkpoint>) c -> new Checkpoint(c.service(), 8, c.takenAt(), c.previous(), c.keyId(),
                        c.publicKey(), c.heads(), c.signature()), false),
                Arguments.of("a head's hash changed", (UnaryOperator<Checkpoint>) c -> new Checkpoint(c.service(), c.seq(), c.takenAt(),
                        c.previous(), c.keyId(), c.publicKey(), List.of(new Checkpoint.Head("register", "register", 3, "3".repeat(64)), c.heads().get(1)),
                        c.signature()), false),
                Arguments.of("a head left out", (UnaryOperator<Checkpoint>) c -> new Checkpoint(c.service(), c.seq(), c.takenAt(), c.previous(),
                        c.keyId(), c.publicKey(), c.heads().subList(0, 1), c.signature()), false),
                Arguments.of("re-signed with another key, same key id", (UnaryOperator<Checkpoint>) c -> new Checkpoint(c.service(), c.seq(),
                        c.takenAt(), c.previous(), c.keyId(), other.publicKey(), c.heads(), null).signedBy(other), false),
                Arguments.of("re-signed with another key and its id", (UnaryOperator<Checkpoint>) c -> new Checkpoint(c.service(), c.seq(),
                        c.takenAt(), c.previous(), other.keyId(), other.publicKey(), c.heads(), null).signedBy(other), true),
                Arguments.of("no signature", (UnaryOperator<Checkpoint>) c -> new Checkpoint(c.service(), c.seq(), c.takenAt(), c.previous(),
                        c.keyId(), c.publicKey(), c.heads(), null), false),
                Arguments.of("a signature that is not base64", (UnaryOperator<Checkpoint>) c -> new Checkpoint(c.service(), c.seq(), c.takenAt(),
                        c.previous(), c.keyId(), c.publicKey(), c.heads(), "***"), false),
                Arguments.of("a public key that is no key", (UnaryOperator<Checkpoint>) c -> new Checkpoint(c.service(), c.seq(), c.takenAt(),
                        c.previous(), CheckpointSigner.keyId("AAAA"), "AAAA", c.heads(), c.signature()), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("alterations")
    void theSignatureHoldsOnlyForWhatWasSigned(String what, UnaryOperator<Checkpoint> alteration, boolean holds) {
        assertEquals(holds, alteration.apply(signed()).signatureHolds());
    }

    @Test
    void aConfiguredKeyPairSignsAndAMismatchedPairIsRefused() {
        String[] pair = CheckpointSigner.newKeyPair();
        CheckpointSigner configured = CheckpointSigner.of(pair[0], pair[1]);
        assertTrue(CheckpointSigner.verify(pair[1], "text", configured.sign("text")));
        String[] otherPair = CheckpointSigner.newKeyPair();
        assertThrows(IllegalArgumentException.class, () -> CheckpointSigner.of(pair[0], otherPair[1]));
        assertThrows(IllegalArgumentException.class, () -> CheckpointSigner.of("not a key", pair[1]));
    }

    static final String LOCAL_KEY = "MC4CAQAwBQYDK2VwBCIEIHoIMU+PHUDb4Y/4/LBCqbQwCj/vyi8KI0RBqcF3t/5i";
    static final String LOCAL_PUBLIC_KEY = "MCowBQYDK2VwAyEA2NrHivkA4uQ1mTWa+kYS22lI6yOJc2vrLrLavAPrzKk=";

    static Stream<Arguments> keyChoices() {
        String[] own = CheckpointSigner.newKeyPair();
        return Stream.of(
                Arguments.of("production, its own key", own[0], own[1], "prod", "own"),
                Arguments.of("production, no key", null, null, "prod", "refused"),
                Arguments.of("production, the key without its public half", own[0], null, "prod", "refused"),
                Arguments.of("production, the local key", LOCAL_KEY, LOCAL_PUBLIC_KEY, "prod", "refused"),
                Arguments.of("local, the local key", LOCAL_KEY, LOCAL_PUBLIC_KEY, "local", "local"),
                Arguments.of("test, no key", null, null, "test", "generated"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keyChoices")
    void productionSignsWithItsOwnKeyOnly(String what, String key, String publicKey, String profile, String outcome) {
        java.util.function.Supplier<CheckpointSigner> choice = () -> AuditCheckpoints.signer(java.util.Optional.ofNullable(key),
                java.util.Optional.ofNullable(publicKey), List.of(profile));
        switch (outcome) {
            case "refused" -> assertThrows(IllegalStateException.class, choice::get);
            case "own" -> assertEquals(CheckpointSigner.keyId(publicKey), choice.get().keyId());
            case "local" -> assertEquals(AuditCheckpoints.LOCAL_KEY_ID, choice.get().keyId());
            default -> assertTrue(choice.get().keyId().matches("[0-9a-f]{16}"));
        }
    }

    /** a chain of n entries linked as AuditChain links them */
    static List<ChainLink> chain(int n) {
        List<ChainLink> links = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        for (int seq = 1; seq <= n; seq++) {
            String hash = ChainHash.of("entry", Integer.toString(seq), prev);
            links.add(new ChainLink(seq, prev, hash, hash));
            prev = hash;
        }
        return links;
    }

    static Stream<Arguments> chains() {
        List<ChainLink> intact = chain(5);
        // entry 2 edited in place: its hash no longer follows from its content
        List<ChainLink> edited = new ArrayList<>(intact);
        edited.set(1, new ChainLink(2, intact.get(1).prevHash(), intact.get(1).hash(), "f".repeat(64)));
        // entry 2 edited and every hash from it recomputed: holds together, but not with the signed head
        List<ChainLink> rewritten = new ArrayList<>(intact.subList(0, 1));
        String prev = intact.get(0).hash();
        for (int seq = 2; seq <= 5; seq++) {
            String hash = ChainHash.of("entry rewritten", Integer.toString(seq), prev);
            rewritten.add(new ChainLink(seq, prev, hash, hash));
            prev = hash;
        }
        return Stream.of(
                Arguments.of("intact", intact, 4, null),
                Arguments.of("intact, entries after the head", intact, 3, null),
                Arguments.of("edited in place", edited, 4, "entry 2 was changed or removed: the chain breaks there"),
                Arguments.of("edited after the head", edited, 1, null),
                Arguments.of("rewritten with recomputed hashes", rewritten, 4, "rewritten"),
                Arguments.of("truncated", intact.subList(0, 3), 4, "entries 4 to 4 are missing"),
                Arguments.of("an entry removed in the middle", List.of(intact.get(0), intact.get(2), intact.get(3)), 3,
                        "entry 2 was changed or removed: the chain breaks there"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chains")
    void aChainIsCheckedAgainstItsSignedHead(String what, List<ChainLink> links, int headSeq, String problem) {
        Checkpoint.Head head = new Checkpoint.Head("mediation", "x", headSeq, chain(5).get(headSeq - 1).hash());
        String found = AuditCheckpoints.problem(links, head);
        if (problem == null) {
            assertNull(found);
        } else {
            assertTrue(found != null && found.startsWith(problem), found);
        }
    }
}

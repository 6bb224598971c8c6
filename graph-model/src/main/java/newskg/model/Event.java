package newskg.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One action stated by one sentence: who did what to whom, when, with what certainty.
 *
 * <pre>{@code
 * Event lift = Event.builder(EventType.LIFT, "lift", evidence)
 *     .agent(ministry).target(telegram).platform(telegram).country("IQ")
 *     .date(TimeValue.parse("2023-W33", "").orElseThrow())
 *     .modality(Modality.ANNOUNCED).confidence(0.8).build();
 * }</pre>
 *
 * @param type        the taxonomy type
 * @param action      the lemma of the word that states it ({@code lift}, {@code block}, {@code say})
 * @param agent       who acts
 * @param target      on whom or what
 * @param platform    for platform events, the platform
 * @param country     for platform events, the ISO 3166 code of the acting authority
 * @param date        when it happened or takes effect, at its precision
 * @param modality    occurred, announced, threatened, denied or hypothetical
 * @param attributedTo who said it, for reported speech
 * @param confidence  in [0, 1]
 * @param evidence    the sentence, with offsets into the article body
 */
public record Event(EventType type, String action, Optional<Entity> agent, Optional<Entity> target,
                    Optional<Entity> platform, Optional<String> country, Optional<TimeValue> date,
                    Modality modality, Optional<Entity> attributedTo, double confidence, Evidence evidence) {

    public Event {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(action, "action");
        if (action.isBlank()) {
            throw new IllegalArgumentException("action is blank");
        }
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(country, "country");
        country.ifPresent(Entity::checkCountry);
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(attributedTo, "attributedTo");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence outside [0,1]: " + confidence);
        }
        Objects.requireNonNull(evidence, "evidence");
        if (platform.isPresent() && platform.get().type() != EntityType.PLATFORM) {
            throw new IllegalArgumentException("platform entity has type " + platform.get().type());
        }
    }

    public static Builder builder(EventType type, String action, Evidence evidence) {
        return new Builder(type, action, evidence);
    }

    /** A builder seeded with this event's values, for {@code with}-style copies. */
    public Builder toBuilder() {
        Builder b = new Builder(type, action, evidence);
        b.agent = agent.orElse(null);
        b.target = target.orElse(null);
        b.platform = platform.orElse(null);
        b.country = country.orElse(null);
        b.date = date.orElse(null);
        b.modality = modality;
        b.attributedTo = attributedTo.orElse(null);
        b.confidence = confidence;
        return b;
    }

    /** Builds an {@link Event}; only type, action and evidence are required. */
    public static final class Builder {
        private EventType type;
        private String action;
        private final Evidence evidence;
        private Entity agent;
        private Entity target;
        private Entity platform;
        private String country;
        private TimeValue date;
        private Modality modality = Modality.OCCURRED;
        private Entity attributedTo;
        private double confidence = 0.5;

        private Builder(EventType type, String action, Evidence evidence) {
            this.type = type;
            this.action = action;
            this.evidence = evidence;
        }

        public Builder type(EventType value) { this.type = value; return this; }
        public Builder action(String value) { this.action = value; return this; }
        public Builder agent(Entity value) { this.agent = value; return this; }
        public Builder target(Entity value) { this.target = value; return this; }
        public Builder platform(Entity value) { this.platform = value; return this; }
        public Builder country(String value) { this.country = value; return this; }
        public Builder date(TimeValue value) { this.date = value; return this; }
        public Builder modality(Modality value) { this.modality = value; return this; }
        public Builder attributedTo(Entity value) { this.attributedTo = value; return this; }
        public Builder confidence(double value) { this.confidence = value; return this; }

        public Event build() {
            return new Event(type, action, Optional.ofNullable(agent), Optional.ofNullable(target),
                    Optional.ofNullable(platform), Optional.ofNullable(country), Optional.ofNullable(date),
                    modality, Optional.ofNullable(attributedTo), confidence, evidence);
        }
    }
}

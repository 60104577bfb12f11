using NodaTime;

namespace IcpCompliance.Workflow;

/// <summary>
/// Something that happened to a filing case at an instant. Each kind is its own record with its own data; the
/// <see cref="FilingWorkflow"/> decides whether it may happen next and what the case becomes.
/// </summary>
/// <remarks>Immutable; safe to use from any thread. The set of kinds is closed: the library defines every event
/// record (see <see cref="FilingEventKind"/>).</remarks>
public abstract record FilingEvent
{
    private protected FilingEvent(Instant at)
    {
        At = at;
    }

    /// <summary>When it happened.</summary>
    public Instant At { get; }

    /// <summary>The kind of event, as the transition table names it.</summary>
    public abstract FilingEventKind Kind { get; }

    /// <summary>What the event changes in the case beyond its state and history (numbers, the SMS step, the
    /// application). The case passed in already has the new state and the event in its history.</summary>
    internal virtual FilingCase Evolve(FilingCase next) => next;
}

using System;
using System.Collections.Immutable;
using System.Globalization;
using IcpCompliance.Numbers;
using IcpCompliance.Workflow;

namespace IcpCompliance.Serialization;

/// <summary>
/// The stored form of a <see cref="FilingCase"/>: the schema version, the history (the source of truth) and a
/// snapshot of what the history leads to (state and numbers), written for people and other programs that read the
/// file without replaying it. Reading replays the history through a workflow and refuses a file whose snapshot
/// disagrees with it, so a stored case can never be in a state its events do not allow.
/// </summary>
internal sealed record StoredCase
{
    /// <summary>The version of this layout. Raise it only for a change that older readers cannot read; add optional
    /// members without raising it.</summary>
    internal const int CurrentSchemaVersion = 1;

    public required int SchemaVersion { get; init; }

    public required FilingState State { get; init; }

    public IcpFilingNumber? SubjectNumber { get; init; }

    public ImmutableArray<IcpFilingNumber> ServiceNumbers { get; init; } = [];

    public PsbFilingNumber? PsbNumber { get; init; }

    public IcpLicenseNumber? LicenceNumber { get; init; }

    public required ImmutableArray<FilingEvent> History { get; init; }

    internal static StoredCase From(FilingCase filingCase) => new()
    {
        SchemaVersion = CurrentSchemaVersion,
        State = filingCase.State,
        SubjectNumber = filingCase.SubjectNumber,
        ServiceNumbers = filingCase.ServiceNumbers,
        PsbNumber = filingCase.PsbNumber,
        LicenceNumber = filingCase.LicenceNumber,
        History = filingCase.History,
    };

    internal FilingCase ToCase(FilingWorkflow workflow)
    {
        if (SchemaVersion != CurrentSchemaVersion)
        {
            throw new IcpJsonException(
                SchemaVersion > CurrentSchemaVersion
                    ? Invariant($"The case was stored with schema version {SchemaVersion}, newer than this library reads ({CurrentSchemaVersion}); upgrade the library.")
                    : Invariant($"Schema version {SchemaVersion} is not one this library wrote; expected {CurrentSchemaVersion}."),
                null);
        }

        JsonText.NoNulls(History, "history");

        if (History.IsDefaultOrEmpty || History[0] is not CaseStarted started)
        {
            throw new IcpJsonException("A stored case's history must start with a CaseStarted event.", null);
        }

        var filingCase = FilingCase.Start(started);
        for (int i = 1; i < History.Length; i++)
        {
            var step = workflow.Apply(filingCase, History[i]);
            if (step.TryPickT1(out var rejected, out var next))
            {
                throw new IcpJsonException(Invariant($"History event {i} ({History[i].Kind.Name}) cannot follow the ones before it: {rejected.Message}"), null);
            }

            filingCase = next;
        }

        Expect(filingCase.State == State, "state", State.Name, filingCase.State.Name);
        Expect(Nullable.Equals(filingCase.SubjectNumber, SubjectNumber), "subjectNumber", SubjectNumber?.ToString(), filingCase.SubjectNumber?.ToString());
        Expect(Internal.Sequences.Equal(filingCase.ServiceNumbers, ServiceNumbers), "serviceNumbers", string.Join(", ", ServiceNumbers), string.Join(", ", filingCase.ServiceNumbers));
        Expect(Nullable.Equals(filingCase.PsbNumber, PsbNumber), "psbNumber", PsbNumber?.ToString(), filingCase.PsbNumber?.ToString());
        Expect(Nullable.Equals(filingCase.LicenceNumber, LicenceNumber), "licenceNumber", LicenceNumber?.ToString(), filingCase.LicenceNumber?.ToString());
        return filingCase;
    }

    private static void Expect(bool agrees, string member, string? stored, string? replayed)
    {
        if (!agrees)
        {
            throw new IcpJsonException(
                $"The stored {member} ({stored ?? "none"}) does not match what the history leads to ({replayed ?? "none"}).", null);
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Serialization;
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

    public IcpLicenseNumber? LicenseNumber { get; init; }

    // 0.1 wrote the member as "licenceNumber": read it, never write it (null is omitted).
    [JsonPropertyName(LegacyNames.LicenseNumberMember)]
    public IcpLicenseNumber? LicenseNumberAsWrittenBy01 { get; init; }

    public required ImmutableArray<FilingEvent> History { get; init; }

    internal static StoredCase From(FilingCase filingCase) => new()
    {
        SchemaVersion = CurrentSchemaVersion,
        State = filingCase.State,
        SubjectNumber = filingCase.SubjectNumber,
        ServiceNumbers = filingCase.ServiceNumbers,
        PsbNumber = filingCase.PsbNumber,
        LicenseNumber = filingCase.LicenseNumber,
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
                Invariant($"架构版本 {SchemaVersion} 不是本库可读的版本（{CurrentSchemaVersion}）"),
                "schemaVersion");
        }

        // Events stored under a name 0.1 wrote are read as today's events before anything looks at them.
        var history = LegacyNames.Current(History);
        if (history.IsDefaultOrEmpty || history[0] is not CaseStarted started)
        {
            throw new IcpJsonException("A stored case's history must start with a CaseStarted event.", "案件历史须以 CaseStarted 事件开始", history.IsDefaultOrEmpty ? "history" : "history[0]");
        }

        // While replaying, the case carries only its first and latest event (all the workflow reads of its history:
        // the start and the last instant), and gets the stored history, already an immutable array, at the end.
        // Workflow.Apply copies the history to add an event, so replaying with the growing history was quadratic
        // (issue #26: 160,000 events took 35 s and 742 MB).
        var filingCase = FilingCase.Start(started);
        for (int i = 1; i < history.Length; i++)
        {
            if (history[i] is not { } filingEvent)
            {
                throw new IcpJsonException(Invariant($"history[{i}] is null; the array's elements must be objects."), "历史事件不能为 null", Invariant($"history[{i}]"));
            }

            var step = workflow.Apply(filingCase, filingEvent);
            if (step.TryPickT1(out var rejected, out var next))
            {
                throw new IcpJsonException(
                    Invariant($"History event {i} ({filingEvent.Kind.Name}) cannot follow the ones before it: {rejected.Message}"),
                    Invariant($"第 {i} 个历史事件（{filingEvent.Kind.Name}）不能接在之前的事件之后：{rejected.MessageChinese}"),
                    Invariant($"history[{i}]"));
            }

            filingCase = next with { History = [started, filingEvent] };
        }

        filingCase = filingCase with { History = history };
        Expect(filingCase.State == State, "state", State.Name, filingCase.State.Name);
        Expect(Nullable.Equals(filingCase.SubjectNumber, SubjectNumber), "subjectNumber", SubjectNumber?.ToString(), filingCase.SubjectNumber?.ToString());
        var serviceNumbers = ServiceNumbers.IsDefault ? [] : ServiceNumbers;
        Expect(Internal.Sequences.Equal(filingCase.ServiceNumbers, serviceNumbers), "serviceNumbers", Listed(serviceNumbers), Listed(filingCase.ServiceNumbers));
        Expect(Nullable.Equals(filingCase.PsbNumber, PsbNumber), "psbNumber", PsbNumber?.ToString(), filingCase.PsbNumber?.ToString());
        Expect(Nullable.Equals(filingCase.LicenseNumber, LicenseNumber ?? LicenseNumberAsWrittenBy01), "licenseNumber", (LicenseNumber ?? LicenseNumberAsWrittenBy01)?.ToString(), filingCase.LicenseNumber?.ToString());
        if (LicenseNumber is not null && LicenseNumberAsWrittenBy01 is not null)
        {
            Expect(Nullable.Equals(filingCase.LicenseNumber, LicenseNumberAsWrittenBy01), LegacyNames.LicenseNumberMember, LicenseNumberAsWrittenBy01?.ToString(), filingCase.LicenseNumber?.ToString());
        }

        return filingCase;
    }

    private static void Expect(bool agrees, string member, string? stored, string? replayed)
    {
        if (!agrees)
        {
            throw new IcpJsonException(
                $"The stored {member} ({JsonText.Printable(stored ?? "none")}) does not match what the history leads to ({JsonText.Printable(replayed ?? "none")}).",
                $"保存的 {member}（{JsonText.Printable(stored ?? "无")}）与历史事件得出的结果（{JsonText.Printable(replayed ?? "无")}）不一致",
                member);
        }
    }

    private static string? Listed(ImmutableArray<IcpFilingNumber> numbers) => numbers.IsEmpty ? null : string.Join(", ", numbers);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

using System.Collections.Generic;

namespace IcpCompliance.Cli.Group;

/// <summary>What <c>icp group --format json</c> writes: the estates, the unattached PSB numbers, the mixed records.</summary>
internal sealed record GroupDocument(
    IReadOnlyList<string> Inputs,
    int Records,
    IReadOnlyList<SubjectDocument> Subjects,
    IReadOnlyList<UnattachedDocument> UnattachedPsbNumbers,
    IReadOnlyList<MixedDocument> MixedSubjectRecords);

/// <summary>One subject's estate.</summary>
internal sealed record SubjectDocument(
    string Subject,
    string Form,
    string Province,
    bool SubjectNumberListed,
    IReadOnlyList<ServiceDocument> Services,
    IReadOnlyList<GapDocument> Gaps,
    IReadOnlyList<int> ConflictingIndexes,
    IReadOnlyList<string> PsbNumbers,
    IReadOnlyList<string> LinkedSubjects,
    IReadOnlyList<string> Sources);

/// <summary>One service of an estate.</summary>
internal sealed record ServiceDocument(int Index, string Kind, string Number, IReadOnlyList<string> PsbNumbers, IReadOnlyList<string> Sources);

/// <summary>Places of the sequence no number holds.</summary>
internal sealed record GapDocument(int First, int Last);

/// <summary>A PSB number no record tied to one subject.</summary>
internal sealed record UnattachedDocument(string Number, string Source);

/// <summary>A record that shows two subjects of one form.</summary>
internal sealed record MixedDocument(string Source, IReadOnlyList<string> Subjects);

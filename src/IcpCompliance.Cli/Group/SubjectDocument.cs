using System.Collections.Generic;

namespace IcpCompliance.Cli.Group;

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

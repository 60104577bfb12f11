using System.Collections.Generic;

namespace IcpCompliance.Cli.Group;

/// <summary>What <c>icp group --format json</c> writes: the estates, the unattached PSB numbers, the mixed records.</summary>
internal sealed record GroupDocument(
    IReadOnlyList<string> Inputs,
    int Records,
    IReadOnlyList<SubjectDocument> Subjects,
    IReadOnlyList<UnattachedDocument> UnattachedPsbNumbers,
    IReadOnlyList<MixedDocument> MixedSubjectRecords);

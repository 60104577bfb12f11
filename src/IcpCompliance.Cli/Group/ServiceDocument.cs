using System.Collections.Generic;

namespace IcpCompliance.Cli.Group;

/// <summary>One service of an estate.</summary>
internal sealed record ServiceDocument(int Index, string Kind, string Number, IReadOnlyList<string> PsbNumbers, IReadOnlyList<string> Sources);

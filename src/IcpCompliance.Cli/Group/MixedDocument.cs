using System.Collections.Generic;

namespace IcpCompliance.Cli.Group;

/// <summary>A record that shows two subjects of one form.</summary>
internal sealed record MixedDocument(string Source, IReadOnlyList<string> Subjects);

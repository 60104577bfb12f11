namespace IcpCompliance.Cli.Group;

/// <summary>A PSB number no record tied to one subject.</summary>
internal sealed record UnattachedDocument(string Number, string Source);

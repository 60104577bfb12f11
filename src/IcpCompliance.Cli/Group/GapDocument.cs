namespace IcpCompliance.Cli.Group;

/// <summary>Places of the sequence no number holds.</summary>
internal sealed record GapDocument(int First, int Last);

namespace IcpCompliance.Tests.Architecture.GraphSamples.Target;

/// <summary>The type <see cref="Marked.MarkedByAttribute"/>'s attribute names.</summary>
internal sealed class AttributeTarget;

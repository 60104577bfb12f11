using System.ComponentModel;
using IcpCompliance.Tests.Architecture.GraphSamples.Target;

namespace IcpCompliance.Tests.Architecture.GraphSamples.Marked;

/// <summary>A type whose only use of another namespace is the <c>typeof</c> in an attribute: the library itself has
/// no such edge any more, so the graph's reader is shown to see attributes here.</summary>
[TypeConverter(typeof(AttributeTarget))]
internal sealed class MarkedByAttribute;

using IcpCompliance.Filing;

namespace IcpCompliance.Serialization;

/// <summary>Reads and writes a <see cref="EntityType"/> by its name (for example <c>Enterprise</c>).</summary>
internal sealed class EntityTypeJsonConverter : SmartEnumNameJsonConverter<EntityType>
{
    /// <summary>Creates the converter.</summary>
    public EntityTypeJsonConverter()
        : base(EntityType.All)
    {
    }
}

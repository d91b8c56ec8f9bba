namespace RelaxLamp.Bench.Baselines;

/// <summary>Turns the lamp's level for a frame (0..65535 on the core's L* scale) into the ring's GRB bytes.</summary>
public interface IFrameRenderer
{
    /// <summary>Short name for tables.</summary>
    string Name { get; }

    /// <summary>Writes every LED of <paramref name="grb"/> for <paramref name="level"/>.</summary>
    void Render(int level, byte[] grb);
}

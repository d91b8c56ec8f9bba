namespace NanoScan
{
    /// <summary>The constructs nanoCLR 1.x cannot run although the compiler emits them.</summary>
    public enum NanoRule
    {
        /// <summary>A type or method with generic parameters declared in the scanned assembly.</summary>
        GenericDefinition,

        /// <summary>A generic instantiation other than the generic delegates nano mscorlib defines.</summary>
        GenericInstantiation,

        /// <summary>A multi-dimensional array (<c>int[,]</c>), in a signature or created in IL.</summary>
        MultiDimensionalArray,

        /// <summary>A reference to an API nanoCLR does not provide.</summary>
        UnsupportedApi,

        /// <summary>The <c>localloc</c> opcode, emitted for C# <c>stackalloc</c>.</summary>
        StackAlloc,
    }
}

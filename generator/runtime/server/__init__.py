"""Server-side runtime (mock vendor and webhook receivers), copied verbatim like the parent."""

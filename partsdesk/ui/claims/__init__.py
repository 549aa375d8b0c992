"""The claim screens, one per module: the claim form (``form``), one claim's view (``view``)
and its way to the money (``settlement_panel``). The claims and approvals pages list claims and
show the view; the settlement page shows the panel."""

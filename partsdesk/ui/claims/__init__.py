"""The claim screens, one per module.

``form`` is the claim form (header, vehicle, fault, amounts, saving and submitting), built from
``form_fields`` and with its labour and part lines in ``form_lines``. ``view`` is one claim on
screen (summary, actions, tabs): its tabs of lines, whereabouts and history are in
``view_sections`` (the history's words from ``services.history``), issuing its parts by scanning in
``issuing``, and its way to the money in ``settlement_panel``, which the settlement page
shows too; the reasons it asks for (reject, return, cancel) go through ``ui.messages.reason``.
The claims and approvals pages list claims and show the view."""

-- Every version of every facility, as the loads check forms against them.
select facility_code, valid_from, valid_to, opened_on, closed_on from core.dim_facility

select
    id as order_id,
    customer_id,
    cast(ordered_at as date) as order_date,
    status
from {{ ref('raw_orders') }}
